export { merge } from "./merge.js";
