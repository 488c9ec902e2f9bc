/** A small MEANTIME-like document of our own: title, date line, 5 body sentences. */
export function sampleXml(): string {
  const sentences = [
    ["Acme", "hires", "Jane", "Doe"],
    ["May", "2", ",", "2008"],
    [
      "Acme",
      "Corp",
      "chief",
      "Jane",
      "Doe",
      "said",
      "on",
      "Monday",
      "that",
      "German",
      "buyers",
      "like",
      "the",
      "Zeta",
      "9",
      ".",
    ],
    ["She", "joined", "in", "2001", "."],
    ["Doe", "met", "Ruritania", "'s", "envoy", "."],
    ["Sold", "two", "years", "ago", "."],
    ["More", "."],
    ["Acme", "grew", "in", "March", "."],
  ];
  let id = 0;
  const tokens: string[] = [];
  const tid: string[][] = [];
  sentences.forEach((words, s) => {
    tid.push(
      words.map((w) => {
        id++;
        tokens.push(`<token number="${id - 1}" sentence="${s}" t_id="${id}">${w}</token>`);
        return String(id);
      }),
    );
  });
  const t = (s: number, ...i: number[]) => i.map((k) => `<token_anchor t_id="${tid[s]?.[k]}"/>`).join("");
  return `<?xml version="1.0" ?><Document doc_id="7" doc_name="7_Acme_hires" lang="en" url="http://example.org/7">
${tokens.join("\n")}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM">${t(0, 0)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM">${t(0, 2, 3)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM">${t(2, 0, 1, 2, 3, 4)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="PRE.NAM">${t(2, 0, 1)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="PRE.NAM">${t(2, 9)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NAM">${t(2, 12, 13, 14)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="7" syntactic_type="PRO">${t(3, 0)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="8" syntactic_type="NAM">${t(4, 0)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="9" syntactic_type="PRE.NAM">${t(4, 2)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="10" syntactic_type="NAM">${t(7, 0)}</ENTITY_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2008-05-02">${t(1, 0, 1, 2, 3)}</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2008-04-28">${t(2, 7)}</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="22" type="DATE" value="2001">${t(3, 3)}</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="25" type="DURATION" value="P2Y">${t(5, 1, 2)}</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="23" type="DATE" value="XXXX-03">${t(7, 3)}</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="24" type="DATE" value="2058"/>
<ENTITY TAG_DESCRIPTOR="Acme" ent_type="ORG" instance_id="ORG1" m_id="30"/>
<ENTITY TAG_DESCRIPTOR="Jane Doe" ent_type="PER" instance_id="PER1" m_id="31"/>
<ENTITY TAG_DESCRIPTOR="Germany" ent_type="LOC" instance_id="LOC1" m_id="32"/>
<ENTITY TAG_DESCRIPTOR="Zeta 9 phone" ent_type="PRO" instance_id="PRO1" m_id="33"/>
<ENTITY TAG_DESCRIPTOR="Ruritania" ent_type="LOC" m_id="34"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="4"/><source m_id="10"/><target m_id="30"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><source m_id="3"/><source m_id="7"/><source m_id="8"/><target m_id="31"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="5"/><target m_id="32"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="6"/><target m_id="33"/></REFERS_TO>
<REFERS_TO r_id="5"><source m_id="9"/><target m_id="34"/></REFERS_TO>
</Relations>
</Document>`;
}
