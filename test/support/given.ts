// Where the material given to the project lives (corpus, seeds, kernel facts): the `shared/` folder
// beside the repository — CI clones main with it there — or OOMLENS_GIVEN when it is elsewhere.
import { fileURLToPath } from 'node:url'

export const GIVEN = process.env.OOMLENS_GIVEN ?? fileURLToPath(new URL('../../../shared', import.meta.url))
