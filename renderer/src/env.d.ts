/// <reference types="vite/client" />
import type { OomlensApi } from '../../shared/api/oomlens-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where the HTTP bridge serves the same API. */
    oomlens?: OomlensApi
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

export {}
