#!/usr/bin/env node
// The `oomlens` command. In a source checkout the CLI runs straight from TypeScript through tsx's
// loader (no build step between an edit and a run); packaged builds bundle electron/cli instead.
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/oomlens.ts')
