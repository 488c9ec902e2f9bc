/** Node colours of the HTML view, by kind and, for entities, by entity type (a colour-blind-friendly set). */
export const NODE_COLORS: Record<string, string> = {
  Document: "#7f7f7f",
  PERSON: "#0072b2",
  ORG: "#e69f00",
  GPE: "#009e73",
  LOC: "#56b4e9",
  NORP: "#cc79a7",
  PRODUCT: "#8c564b",
  EVENT: "#d55e00",
  Quote: "#f0e442",
  Amount: "#2ca02c",
  DatePoint: "#9467bd",
  Duration: "#c5b0d5",
  Role: "#17becf",
};

/** Legend names of the classes. */
export const CLASS_NAMES: Record<string, string> = {
  Document: "Article",
  PERSON: "Person",
  ORG: "Organization",
  GPE: "Country, city, state",
  LOC: "Place",
  NORP: "Nationality, group",
  PRODUCT: "Product",
  EVENT: "Event",
  Quote: "Quote",
  Amount: "Amount",
  DatePoint: "Date",
  Duration: "Duration",
  Role: "Role",
};

export const PAGE_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: grid; grid-template-columns: 1fr 360px; grid-template-rows: auto 1fr; height: 100vh; }
header { grid-column: 1 / 3; display: flex; gap: 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #ddd; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
#search { width: 260px; padding: 4px 8px; }
#legend { display: flex; gap: 10px; flex-wrap: wrap; font-size: 12px; }
#legend span.sw { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; border: 1px solid #555; }
#cy { min-height: 0; min-width: 0; }
#panel { border-left: 1px solid #ddd; padding: 10px 14px; overflow: auto; min-height: 0; }
#panel h2 { font-size: 15px; margin: 0 0 6px; word-break: break-word; }
#panel .kind { font-size: 12px; color: #666; margin-bottom: 8px; }
#panel blockquote { margin: 6px 0; padding: 6px 10px; background: #fbf8d6; border-left: 4px solid #d8c800; white-space: pre-wrap; word-break: break-word; }
#panel dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; }
#panel dt { color: #555; }
#panel dd { margin: 0; word-break: break-word; white-space: pre-wrap; }
#panel ul { margin: 2px 0; padding-left: 18px; }
#panel a { color: #0645ad; cursor: pointer; }
#count { color: #666; font-size: 12px; }
`;
