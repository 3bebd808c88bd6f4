//! Who a table row binds. A responsibilities matrix ("Obligation | Responsible party |
//! Frequency") puts each row's requirement on the party named in its row; a reporting
//! schedule ("Report | Content | Frequency | Recipient") lists what is to be reported. A
//! commissioner reads "Operate a complaints procedure ... | Service Partner" as "the Service
//! Partner shall operate a complaints procedure"; this module gives `structure` that lead-in
//! for each requirement cell, so rules see the duty and its party as a sentence would state
//! them. It knows table layout only, nothing of rules.

use crate::model::{Block, BlockKind, Document};
use regex::Regex;
use std::sync::LazyLock;

/// The names of a column (or a field) that says which party a row binds, with the verb some
/// imply ("Reported by": the party reports) as the group `verb`.
const PARTY_LABEL: &str = r"(?:responsible(?: (?:party|body|organi[sz]ation|person|lead))?|responsibility|(?:lead|delivery) (?:party|organi[sz]ation|body)|owner|by whom|who|party|actioned by|action by|accountable(?: party)?|delivered by|(?:to be )?(?P<verb>reported|submitted|provided|supplied) by)";

/// A column heading naming the party a row binds.
static PARTY_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^\W*{PARTY_LABEL}\W*$")).unwrap());

/// A heading that makes the table a schedule of reports or returns.
static REPORT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:reports?|report name|returns?|return name|reporting requirements?|management information(?: report)?|monitoring returns?)\W*$").unwrap()
});

/// A column saying when: a reporting schedule states a frequency or a due date.
static WHEN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:frequency|periodicity|due(?: date| by)?|deadline|timing|when|by when|timescales?|time ?frames?|target times?|submission(?: date)?|reporting (?:frequency|period))\W*$").unwrap()
});

/// A party cell that names no party.
static NO_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:n/?a|none|not applicable|tbc|tbd|-+|–|—)?\W*$").unwrap()
});

/// A cell (or a sentence) that states its own duty needs no lead-in.
pub(super) static OWN_DUTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shall|must|will|agrees? to|undertakes? to|is required to)\b").unwrap()
});

/// What a requirement cell takes from its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowLeadIn {
    /// The party its row names: "The Service Partner shall".
    Party(String),
    /// A row of a reporting schedule: what it lists is to be reported. The sentence above
    /// the table, where there is one, says it better ("The Grantee shall submit the returns
    /// in the table below").
    Reported,
}

impl RowLeadIn {
    pub const REPORTED: &'static str = "The following shall be reported";
}

/// A table row written out as fields, in a list or a paragraph: "Ref: M2; Requirement:
/// Speaking up; Detail: Confidential whistleblowing route for Staff; Responsible party:
/// Service Provider".
static PARTY_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i);\s*(?P<label>{PARTY_LABEL})\s*:\s*(?P<party>[^;:]{{1,80}}?)\s*\.?\s*$"
    ))
    .unwrap()
});

/// The reading of a row written out as fields: "The Service Provider shall … Confidential
/// whistleblowing route for Staff; no detriment for good-faith reports", the fields' names
/// and the party's own field left out.
pub fn field_row_reading(text: &str) -> Option<String> {
    if !text.contains(';') {
        return field_row_reading(&inline_fields(text)?);
    }
    let caps = PARTY_FIELD.captures(text)?;
    let lead_in = party_lead_in(caps["party"].trim(), &caps["label"])?;
    let fields = &text[..caps.get(0).expect("the match").start()];
    // The values of the fields that say what is required; labels and references ("Ref: M2")
    // carry no duty.
    let values: Vec<&str> = fields
        .split(';')
        .map(|field| match field.split_once(':') {
            Some((name, value)) if name.split_whitespace().count() <= 3 => {
                if LABEL_FIELD.is_match(name.trim().trim_start_matches(['-', '*', '•']).trim()) {
                    ""
                } else {
                    value.trim()
                }
            }
            _ => field.trim(),
        })
        .filter(|v| !v.is_empty())
        .collect();
    // A short first value is the row's title ("Complaint timescales"): it heads the detail
    // after it ("Complaint timescales: Acknowledge within 3 Working Days"), as a label heads
    // the cells of its table row.
    let reading = match values.split_first() {
        Some((title, rest)) if !rest.is_empty() && title.split_whitespace().nth(4).is_none() => {
            format!("{title}: {}", rest.join("; "))
        }
        _ => values.join("; "),
    };
    (!values.is_empty()).then(|| format!("{lead_in} … {reading}"))
}

/// A field's name where a row is written out without separators, as a plain-text export
/// lays a table's rows out: "T2  Obligation: Disclose any former employee ...  Responsible
/// party: Operator  When: Before engagement".
static INLINE_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)([A-Z][A-Za-z]*(?: [a-z]+){0,2})\s*:\s").unwrap());

/// A row written out as "Name: value" fields without separators, rewritten with `;` between
/// its fields and its party field last, as `field_row_reading` reads one; `None` unless one
/// field names the responsible party with a short value and another says something else.
fn inline_fields(text: &str) -> Option<String> {
    let labels: Vec<(usize, usize, &str)> = INLINE_FIELD
        .captures_iter(text)
        .map(|c| {
            let name = c.get(1).expect("the name");
            (
                name.start(),
                c.get(0).expect("the match").end(),
                name.as_str(),
            )
        })
        .collect();
    if labels.len() < 2 {
        return None;
    }
    let mut fields: Vec<String> = Vec::new();
    let mut party = None;
    let head = text[..labels[0].0].trim();
    if !head.is_empty() {
        fields.push(head.to_string());
    }
    for (i, &(_, value_start, name)) in labels.iter().enumerate() {
        let end = labels.get(i + 1).map_or(text.len(), |next| next.0);
        let value = text[value_start..end].trim();
        let field = format!("{name}: {value}");
        if PARTY_HEADING.is_match(name) && value.split_whitespace().count() <= PARTY_WORDS {
            party = Some(field);
        } else {
            fields.push(field);
        }
    }
    let party = party?;
    (!fields.is_empty()).then(|| {
        fields.push(party);
        fields.join("; ")
    })
}

/// Fields that name or number a row rather than say what it requires.
static LABEL_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:ref(?:erence)?|no|number|id|item|#)\.?$").unwrap());

/// A party name longer than this is a sentence, not a name.
const PARTY_WORDS: usize = 6;

/// What a requirement cell takes from its row: the lead-in ("The Operator shall"), and the
/// row's timing cell under a "When" or "Timescale" column ("Within 2 and 10 Working Days of
/// receipt"), which belongs to the requirement as much as the party does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowReading {
    pub lead_in: Option<RowLeadIn>,
    pub when: Option<String>,
    /// The row says no one is responsible (a party cell "N/A", "None") or that it does not
    /// apply (an item's value "Not applicable"): switched off, as a "[Not used]" clause is.
    pub disabled: bool,
}

/// A party cell that switches its row off: it says in words that no party has the duty
/// (an empty cell only leaves the party unsaid).
static SWITCHED_OFF_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:n/?a|none|not applicable|not used|-+|–|—)\W*$").unwrap()
});

/// For each block of `doc`, what its cell's requirement takes from its row, if anything.
pub fn row_readings(doc: &Document) -> Vec<RowReading> {
    let mut out = vec![RowReading::default(); doc.blocks.len()];
    for table in tables_of(doc) {
        lead_ins_of_table(&doc.blocks[table.clone()], &mut out[table.clone()]);
        switch_off_rows(&doc.blocks[table.clone()], &mut out[table]);
    }
    out
}

/// Each table of `doc` as the range of its blocks: a run of cells that have row numbers.
fn tables_of(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let mut tables = Vec::new();
    let mut at = 0;
    while at < doc.blocks.len() {
        if !is_cell(&doc.blocks[at]) {
            at += 1;
            continue;
        }
        let end = (at..doc.blocks.len())
            .find(|&i| !is_cell(&doc.blocks[i]))
            .unwrap_or(doc.blocks.len());
        tables.push(at..end);
        at = end;
    }
    tables
}

fn is_cell(block: &Block) -> bool {
    block.kind == BlockKind::TableCell && block.row.is_some()
}

/// One table: its rows are runs of cells with the same row number; the first is the header.
fn lead_ins_of_table(cells: &[Block], out: &mut [RowReading]) {
    let rows = rows_of(cells);
    let Some((header, body)) = rows.split_first() else {
        return;
    };
    let headings: Vec<&str> = cells[header.clone()]
        .iter()
        .map(|c| c.text.trim())
        .collect();
    // "Responsibility | Party": both headings can name the party column; the one whose
    // cells are names (short) is it, not the one holding the duties.
    let party_column = (0..headings.len())
        .filter(|&i| PARTY_HEADING.is_match(headings[i]))
        .min_by_key(|&i| {
            body.iter()
                .filter(|row| row.len() == headings.len())
                .map(|row| cells[row.start + i].text.len())
                .sum::<usize>()
        });
    let when_column = headings.iter().position(|h| WHEN_HEADING.is_match(h));
    let reports = headings.iter().any(|h| REPORT_HEADING.is_match(h))
        && headings.iter().any(|h| WHEN_HEADING.is_match(h));
    if party_column.is_none() && !reports {
        return;
    }
    for row in body {
        // A row of another shape (merged cells) cannot be read column by column.
        if row.len() != headings.len() {
            continue;
        }
        let lead_in = match party_column {
            Some(column) => {
                let party = cells[row.start + column].text.trim();
                if SWITCHED_OFF_PARTY.is_match(party) {
                    for (i, reading) in out[row.clone()].iter_mut().enumerate() {
                        reading.disabled = i != column;
                    }
                    continue;
                }
                match party_lead_in(party, headings[column]) {
                    Some(lead_in) => RowLeadIn::Party(lead_in),
                    None => continue,
                }
            }
            None => RowLeadIn::Reported,
        };
        // A reporting schedule's timing is the report's due date, which its rows' reading
        // does not need (the row context carries it for a reporting frequency).
        let when = when_column
            .filter(|_| party_column.is_some())
            .map(|column| cells[row.start + column].text.trim())
            .filter(|when| !NO_PARTY.is_match(when))
            .map(str::to_string);
        for (i, cell) in cells[row.clone()].iter().enumerate() {
            if Some(i) == party_column || Some(i) == when_column {
                continue;
            }
            let text = cell.text.trim();
            if text.split_whitespace().nth(3).is_some() && !OWN_DUTY.is_match(text) {
                out[row.start + i] = RowReading {
                    lead_in: Some(lead_in.clone()),
                    when: when.clone(),
                    disabled: false,
                };
            }
        }
    }
}

/// A value cell that switches off what its row names.
static ROW_SWITCHED_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:n/?a|not applicable|not used|does not apply|do not apply|disapplied|deleted)\W*$").unwrap()
});
/// A column of clause numbers ("Clause", "Clause no.", "Condition").
static CLAUSE_COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:clause|condition|gcc?|scc?)(?:\s+(?:no|number|ref(?:erence)?))?\W*$")
        .unwrap()
});
static BARE_CLAUSE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s*$").unwrap());
/// A clause a row's label names: "Freedom of information (clause 15.4)".
static CLAUSE_IN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:clause|condition|gcc?|scc?)\s*(\d{1,3}(?:\.\d{1,3}){0,3})\b").unwrap()
});

/// The clauses a details schedule switches off: a row whose last cell reads "Not
/// applicable" (or "N/A", "Does not apply") and which names one clause, in a "Clause"
/// column or in its label ("Freedom of information (clause 15.4) | Not applicable"). An
/// order form or details schedule is how many contracts choose their optional clauses.
pub fn clauses_switched_off(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for table in tables_of(doc) {
        let cells = &doc.blocks[table];
        let rows = rows_of(cells);
        let header: Vec<&str> = rows
            .first()
            .map(|r| cells[r.clone()].iter().map(|c| c.text.trim()).collect())
            .unwrap_or_default();
        for row in rows.iter().skip(1) {
            let row = &cells[row.clone()];
            let Some((last, named)) = row.split_last() else {
                continue;
            };
            if named.is_empty() || !ROW_SWITCHED_OFF.is_match(&last.text) {
                continue;
            }
            let mut clauses: Vec<&str> = Vec::new();
            for (i, cell) in named.iter().enumerate() {
                let in_column = row.len() == header.len() && CLAUSE_COLUMN.is_match(header[i]);
                if in_column {
                    if let Some(c) = BARE_CLAUSE_NUMBER.captures(&cell.text) {
                        clauses.push(c.get(1).map_or("", |m| m.as_str()));
                        continue;
                    }
                }
                if cell.text.split_whitespace().nth(12).is_none() {
                    clauses.extend(
                        CLAUSE_IN_LABEL
                            .captures_iter(&cell.text)
                            .filter_map(|c| c.get(1).map(|m| m.as_str())),
                    );
                }
            }
            if let [clause] = clauses[..] {
                out.push(clause.to_string());
            }
        }
    }
    out
}

/// A row whose value reads "Not applicable" says nothing is required of anyone: "Complaints
/// handling | Not applicable" is no mention of complaints handling. Only in a table of
/// items and values (two or three columns): a KPI table's "N/A" under "Service credit"
/// leaves its measure standing.
fn switch_off_rows(cells: &[Block], out: &mut [RowReading]) {
    for row in rows_of(cells).into_iter().skip(1) {
        let switched_off =
            (2..=3).contains(&row.len()) && ROW_SWITCHED_OFF.is_match(&cells[row.end - 1].text);
        if switched_off {
            for reading in &mut out[row] {
                reading.disabled = true;
            }
        }
    }
}

/// A table's rows: runs of cells with the same row number.
fn rows_of(cells: &[Block]) -> Vec<std::ops::Range<usize>> {
    let mut rows = Vec::new();
    let mut start = 0;
    for i in 1..=cells.len() {
        if i == cells.len() || cells[i].row != cells[start].row {
            rows.push(start..i);
            start = i;
        }
    }
    rows
}

/// "The Service Partner shall" for a party cell "Service Partner" under "Responsible
/// party"; "The Provider shall report" under "Reported by".
fn party_lead_in(party: &str, heading: &str) -> Option<String> {
    if NO_PARTY.is_match(party)
        || party.split_whitespace().nth(PARTY_WORDS).is_some()
        || party.contains(['.', ';', ':', '\n'])
    {
        return None;
    }
    let verb = PARTY_HEADING
        .captures(heading)
        .and_then(|c| c.name("verb"))
        .map(|v| match v.as_str().to_ascii_lowercase().as_str() {
            "reported" => " report",
            "submitted" => " submit",
            "provided" => " provide",
            _ => " supply",
        })
        .unwrap_or("");
    let article = if party.split_whitespace().next().is_some_and(|w| {
        w.eq_ignore_ascii_case("the")
            || w.eq_ignore_ascii_case("each")
            || w.eq_ignore_ascii_case("both")
            || w.eq_ignore_ascii_case("all")
    }) {
        ""
    } else {
        "The "
    };
    Some(format!("{article}{party} shall{verb}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead_ins(doc: &Document) -> Vec<Option<RowLeadIn>> {
        row_readings(doc).into_iter().map(|r| r.lead_in).collect()
    }

    #[test]
    fn a_timing_column_goes_with_the_requirement() {
        let doc = table(&[
            &["Obligation", "Responsible", "When"],
            &[
                "Acknowledge a Member's complaint and send a full response",
                "Operator",
                "Within 2 and 10 Working Days of receipt",
            ],
            &["Publish the service leaflet each year", "Authority", "N/A"],
        ]);
        let readings = row_readings(&doc);
        assert_eq!(
            readings[4].when.as_deref(),
            Some("Within 2 and 10 Working Days of receipt")
        );
        assert_eq!(readings[6], RowReading::default(), "the timing cell itself");
        assert!(readings[7].lead_in.is_some());
        assert_eq!(readings[7].when, None, "no time given");
    }

    #[test]
    fn a_row_no_one_is_responsible_for_is_switched_off() {
        let doc = table(&[
            &["Ref", "Responsible", "Duty"],
            &[
                "T1",
                "Contractor",
                "Observe the Seven Principles of Public Life",
            ],
            &[
                "T2",
                "N/A",
                "Flow down the ethical standards to any sub-contractor",
            ],
            &["T3", "", "Keep a register of gifts and hospitality offered"],
        ]);
        let readings = row_readings(&doc);
        let disabled: Vec<bool> = readings.iter().map(|r| r.disabled).collect();
        // Part C, the header row, T1; then T2's ref and duty (not its party cell); T3's
        // empty party cell leaves the party unsaid, not the duty off.
        assert_eq!(
            disabled,
            [
                false, false, false, false, false, false, false, true, false, true, false, false,
                false
            ]
        );
        assert!(readings[6].lead_in.is_some());
        assert_eq!(readings[9].lead_in, None);
    }

    #[test]
    fn a_details_schedule_switches_off_the_clauses_its_rows_name() {
        let items = table(&[
            &["Item", "Description", "Details"],
            &["10", "Supplier Code of Conduct (clause 12.1)", "Applies"],
            &[
                "12",
                "Freedom of information (clause 15.4)",
                "Not applicable",
            ],
            &["13", "Insurance (clauses 18 and 19)", "N/A"],
            &["14", "Service credits", "N/A"],
        ]);
        assert_eq!(clauses_switched_off(&items), ["15.4"]);
        let by_column = table(&[
            &["Clause", "Detail", "Entry"],
            &["14", "Additional clause: Fraud and integrity", "Applies"],
            &["9.5", "Conflict declaration at award", "Not applicable"],
        ]);
        assert_eq!(clauses_switched_off(&by_column), ["9.5"]);
        // The row is switched off whole, label included.
        let off: Vec<bool> = row_readings(&items).iter().map(|r| r.disabled).collect();
        assert_eq!(off[4..7], [false; 3], "the row that applies");
        assert_eq!(off[7..], [true; 9], "the three rows that do not");
        // An item number is not a clause number.
        let numbered = table(&[&["Item", "Detail", "Entry"], &["9", "Parking", "N/A"]]);
        assert!(clauses_switched_off(&numbered).is_empty());
    }

    fn table(rows: &[&[&str]]) -> Document {
        let mut doc = Document::default();
        doc.blocks.push(Block::new(BlockKind::Paragraph, "Part C"));
        for (r, row) in rows.iter().enumerate() {
            for cell in *row {
                doc.blocks
                    .push(Block::new(BlockKind::TableCell, *cell).in_row(Some(r as u32 + 7)));
            }
        }
        doc
    }

    #[test]
    fn a_responsible_party_column_leads_into_its_row() {
        let doc = table(&[
            &["Ref", "Obligation", "Responsible party", "Frequency"],
            &[
                "O1",
                "Operate a complaints procedure for parents",
                "Service Partner",
                "Ongoing",
            ],
            &[
                "O2",
                "Publish the Play Sufficiency Assessment",
                "Council",
                "Every three years",
            ],
            &[
                "O3",
                "Transport between sites and venues",
                "Not applicable",
                "N/A",
            ],
        ]);
        let lead_ins = lead_ins(&doc);
        assert_eq!(lead_ins[0], None);
        // The header row and the short cells take nothing.
        assert!(lead_ins[1..=4].iter().all(Option::is_none));
        let party = |s: &str| Some(RowLeadIn::Party(s.to_string()));
        assert_eq!(lead_ins[6], party("The Service Partner shall"));
        assert_eq!(lead_ins[5], None);
        assert_eq!(lead_ins[8], None);
        assert_eq!(lead_ins[10], party("The Council shall"));
        assert_eq!(lead_ins[14], None, "no party named");
    }

    #[test]
    fn reported_by_gives_the_verb() {
        let doc = table(&[
            &["KPI", "Measure", "Frequency", "Reported by"],
            &[
                "KPI 4",
                "Complaints received and resolved, by outcome",
                "Quarterly",
                "the Provider",
            ],
        ]);
        assert_eq!(
            lead_ins(&doc)[6],
            Some(RowLeadIn::Party("the Provider shall report".to_string()))
        );
    }

    #[test]
    fn a_reporting_schedule_lists_what_is_reported() {
        let doc = table(&[
            &["Report", "Content", "Frequency", "Recipient"],
            &[
                "Complaints report",
                "Complaints received, upheld and not upheld",
                "Quarterly",
                "Commissioner",
            ],
        ]);
        let lead_ins = lead_ins(&doc);
        assert_eq!(lead_ins[6], Some(RowLeadIn::Reported));
        assert_eq!(lead_ins[5], None, "a two-word report name");
    }

    #[test]
    fn a_row_written_out_as_fields() {
        assert_eq!(
            field_row_reading(
                "Ref: M2; Requirement: Speaking up; Detail: Confidential whistleblowing route \
                 for Staff; no detriment for good-faith reports; Responsible party: Service Provider"
            )
            .as_deref(),
            Some(
                "The Service Provider shall … Speaking up: Confidential whistleblowing route \
                 for Staff; no detriment for good-faith reports"
            )
        );
        assert_eq!(
            field_row_reading("Ref: M5; Detail: Publish the register; Responsible party: N/A"),
            None
        );
        assert_eq!(field_row_reading("The Provider shall keep records."), None);
        // A plain-text export's row, its fields one after another without separators.
        assert_eq!(
            field_row_reading(
                "T2 Obligation: Disclose any former employee of the authority engaged within \
                 the cooling-off period Responsible party: Operator When: Before engagement"
            )
            .as_deref(),
            Some(
                "The Operator shall … T2: Disclose any former employee of the authority \
                 engaged within the cooling-off period; Before engagement"
            )
        );
        assert_eq!(
            field_row_reading("Note: the Provider keeps records. Contact: Jane Smith"),
            None
        );
    }

    #[test]
    fn other_tables_and_odd_rows_take_nothing() {
        let doc = table(&[
            &["Term", "Meaning"],
            &[
                "Service User",
                "a person receiving the Services from the Provider",
            ],
        ]);
        assert!(lead_ins(&doc).iter().all(Option::is_none));
        let doc = table(&[
            &["Obligation", "Responsible party"],
            &["Operate a complaints procedure for parents"],
            &["The Provider shall keep a register of gifts", "Provider"],
        ]);
        assert!(lead_ins(&doc).iter().all(Option::is_none));
    }
}
