import { z } from "zod";
import { readXml } from "../meantime/xml.js";

/** TimeML's four TIMEX3 types. */
export const TML_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;

export const TmlTimexSchema = z.object({
  tid: z.string().describe("the TIMEX3's id in its file (t1, t83)"),
  type: z.string().describe("DATE, TIME, DURATION or SET as annotated"),
  value: z.string().describe("the TIMEX3 value as annotated (1998-01-08, P1W, PRESENT_REF, XXXX-WXX-1)"),
  mod: z.string().optional().describe("START, MID, END, APPROX, MORE_THAN ... as annotated"),
  anchorTimeID: z.string().optional().describe("the tid this expression is counted from (t0: the creation time)"),
  quant: z.string().optional(),
  freq: z.string().optional(),
  start: z.number().int().nonnegative().describe("offset into the document's text (the <TEXT> element, tags removed)"),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type TmlTimex = z.infer<typeof TmlTimexSchema>;

export const TmlDocumentSchema = z.object({
  id: z.string().describe("the file name without .tml"),
  file: z.string(),
  text: z.string().describe("the content of <TEXT> with every tag removed and character references decoded"),
  dct: z.string().nullable().describe("the creation time's day (YYYY-MM-DD), from the TIMEX3 with CREATION_TIME"),
  dctValue: z.string().nullable().describe("the creation time's TIMEX3 value as annotated"),
  timexes: z.array(TmlTimexSchema).describe("every TIMEX3 inside <TEXT>, in text order"),
});
export type TmlDocument = z.infer<typeof TmlDocumentSchema>;

/** A file that is not a TimeML document (no <TEXT> element). */
export class TmlFormatError extends Error {
  override name = "TmlFormatError";
}

/** The day of a TIMEX3 value ("1998-08-07", "1998-08-07T06:18", "19980807"), or null. */
export function dayOfValue(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function pick(attrs: Record<string, string>, name: string): string | undefined {
  const v = attrs[name];
  return v === undefined || v === "" ? undefined : v;
}

/**
 * Reads one .tml file: the text of <TEXT> (tags removed, so offsets index that text), every TIMEX3 inside it
 * with its attributes, and the creation time (the TIMEX3 whose functionInDocument is CREATION_TIME, usually in
 * <DCT>). TIMEX3 outside <TEXT> are not mentions of the text and are not returned. Throws TmlFormatError when
 * the file has no <TEXT>.
 */
export function readTml(xml: string, file: string, id: string): TmlDocument {
  let text = "";
  let inText = false;
  let sawText = false;
  let dctValue: string | null = null;
  const timexes: TmlTimex[] = [];
  let open: { attrs: Record<string, string>; start: number } | null = null;
  let creation = false;
  for (const e of readXml(xml)) {
    if (e.kind === "text") {
      if (inText) text += e.text;
      continue;
    }
    if (e.name === "TEXT") {
      if (e.kind === "open") {
        inText = true;
        sawText = true;
      } else if (e.kind === "close") inText = false;
      continue;
    }
    if (e.name !== "TIMEX3") continue;
    if (e.kind === "open" || e.kind === "empty") {
      creation = e.attrs.functionInDocument === "CREATION_TIME";
      if (creation && dctValue === null) dctValue = e.attrs.value ?? null;
      if (e.kind === "open" && inText && !creation) open = { attrs: e.attrs, start: text.length };
    } else if (e.kind === "close" && open) {
      const a = open.attrs;
      const t: TmlTimex = {
        tid: a.tid ?? `t${timexes.length + 1}`,
        type: a.type ?? "",
        value: a.value ?? "",
        start: open.start,
        end: text.length,
        text: text.slice(open.start),
      };
      for (const k of ["mod", "anchorTimeID", "quant", "freq"] as const) {
        const v = pick(a, k);
        if (v !== undefined) t[k] = v;
      }
      timexes.push(t);
      open = null;
    }
  }
  if (!sawText) throw new TmlFormatError(`${file}: not a TimeML document (no <TEXT> element)`);
  return { id, file, text, dct: dctValue ? dayOfValue(dctValue) : null, dctValue, timexes };
}
