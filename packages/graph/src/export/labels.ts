import type { GraphEdge, GraphNode } from "@newsgraph/core";

/** The short human label of a node: a name, a text or a value. */
export function nodeLabel(node: GraphNode): string {
  switch (node.kind) {
    case "Document":
      return node.title ?? node.source ?? node.id;
    case "Entity":
      return node.name;
    case "Quote":
    case "Amount":
      return node.text;
    case "DatePoint":
      return node.value;
    case "Duration":
      return node.text;
    case "Role":
      return node.of ? `${node.title} of ${node.of}` : node.title;
  }
}

/** The kind a node is drawn and filed under; entities are told apart by their type (PERSON, ORG, ...). */
export function nodeClass(node: GraphNode): string {
  return node.kind === "Entity" ? node.type : node.kind;
}

/** The distinct documents a node or edge was seen in, in order. */
export function evidenceDocs(item: GraphNode | GraphEdge): string[] {
  return [...new Set(item.evidence.map((e) => e.doc))].sort();
}
