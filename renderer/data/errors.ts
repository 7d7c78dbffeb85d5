// The data layer's error type lives in shared/ (the planners the CLI shares throw it too); renderer code imports it here.
export { DataError } from '../../shared/project/dataError.ts';
