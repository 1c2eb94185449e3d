/// <reference types="vite/client" />
// Vite's types for the renderer: CSS files imported for their side effect, import.meta.env.
