export { type BatchOptions, type BatchProgress, extractBatch, type FileFailure, resumeKey, sha256 } from "./batch.js";
export { type ArticleOptions, extract, extractArticle } from "./extract.js";
export { extractFileContent, type FileTask } from "./file-task.js";
export {
  ARTICLE_EXTENSIONS,
  type ExtractFilesOptions,
  extractFiles,
  listInputFiles,
  MissingPathError,
  shardOf,
} from "./files.js";
export { type ExtractOptions, ExtractOptionsSchema, NewsgraphUsageError } from "./options.js";
