// Chart.js needs a 2D context; happy-dom has no canvas.
import 'vitest-canvas-mock'
