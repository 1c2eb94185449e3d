// The shared styles first, so each component's own CSS (imported by its module) comes later and wins ties.
import './styles/theme.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { connect } from './api/client';
import { createEventHub } from './api/events';
import { App } from './app/App';
import { ToastProvider } from './app/toasts';

const client = connect();
const events = createEventHub(client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={client} events={events}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </ApiProvider>
  </StrictMode>,
);
