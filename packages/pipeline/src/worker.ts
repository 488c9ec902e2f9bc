// The batch pool's worker thread: prepares and extracts one file's articles per task.
import { getWink } from "@newsgraph/core";
import { extractFileContent } from "./file-task.js";

getWink(); // load the language model when the worker starts, not inside the first task's time-out

export default extractFileContent;
