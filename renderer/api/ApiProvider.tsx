import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Client } from './client';
import type { EventHub } from './events';

interface ApiContextValue {
  client: Client;
  events: EventHub;
}

const ApiContext = createContext<ApiContextValue | null>(null);

/** Makes the client and the page's single event subscription available to every hook below. */
export function ApiProvider({ client, events, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ client, events }}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider> above it');
  return value;
}

export const useClient = (): Client => useApi().client;
