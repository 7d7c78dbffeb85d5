// Types of exceljs's browser build without polyfills (the renderer loads that file, not the package's entry): the
// same API as the package, as the default export of a CommonJS bundle.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import type * as ExcelJS from 'exceljs';

  const bundle: typeof ExcelJS;
  export default bundle;
}
