// The few globals every runtime the core runs in has (Node, Chromium, workers). The core's
// tsconfig has no DOM or Node types, so anything not declared here is a compile error there.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array, options?: { stream?: boolean }): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
