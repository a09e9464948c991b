// Vite's client types: CSS side-effect imports and import.meta.env for the renderer bundle.
/// <reference types="vite/client" />
