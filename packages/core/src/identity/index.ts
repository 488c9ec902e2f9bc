/**
 * The rules of name identity, in one place: how names fold, which spellings are variants of one name, short
 * forms and acronyms, organizations' name cores, place variants, honorifics, glued descriptors and the alias
 * table. In-article clustering (entities) and cross-article resolution (graph) both decide with these.
 */
export * from "./aliases.js";
export * from "./descriptors.js";
export * from "./honorifics.js";
export * from "./names.js";
export * from "./orgs.js";
export * from "./people.js";
export * from "./places.js";
