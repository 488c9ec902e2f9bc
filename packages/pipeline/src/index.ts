export { type ArticleOptions, extract, extractArticle } from "./extract.js";
export {
  ARTICLE_EXTENSIONS,
  type ExtractFilesOptions,
  extractFiles,
  type FileFailure,
  listInputFiles,
  MissingPathError,
} from "./files.js";
export { type ExtractOptions, ExtractOptionsSchema, NewsgraphUsageError } from "./options.js";
