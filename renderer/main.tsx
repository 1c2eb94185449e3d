import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';

const client = connect();

function App() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void client.call('articles.list', {}).then((a) => setCount(a.length));
  }, []);
  return <main>Sourcebook: {count ?? '…'} articles</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
