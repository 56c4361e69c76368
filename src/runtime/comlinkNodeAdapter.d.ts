// Comlink ships types for its Node adapter as node-adapter.d.ts, which TypeScript does not
// pair with the ESM file node-adapter.mjs that Node must load; this bridges the two.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
