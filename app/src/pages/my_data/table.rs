//! The table of a category's records, with cells in the reader's language, and the
//! player of a call recording.

use super::*;

/// A length of time as `m:ss` or `h:mm:ss`.
pub fn format_seconds(s: i64) -> String {
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s % 3600) / 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The text of a cell in the reader's language.
pub fn cell_text(lang: Lang, cell: &Cell) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Date(d) => format_date(lang, *d),
        Cell::DateTime(at) => format_datetime(lang, *at),
        Cell::Money { cents, currency } => format_money(lang, *cents, currency),
        Cell::Seconds(s) => format_seconds(*s),
        Cell::Code(code) => t(lang, &format!("value-{code}")),
        Cell::Empty => "–".into(),
    }
}

#[component]
pub fn RecordTable(lang: Lang, table: DataTable, recordings: bool) -> impl IntoView {
    let columns: Vec<String> = table.columns.iter().map(|c| t(lang, c)).collect();
    let head = columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
    if table.rows.is_empty() {
        return view! {
            <h2>{t(lang, &table.caption)}</h2>
            <p>{t(lang, "data-none-held")}</p>
        }
        .into_any();
    }
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    let label = columns.get(i).cloned().unwrap_or_default();
                    let content = match (&cell, recordings && i == columns.len() - 1) {
                        (Cell::Text(src), true) => view! { <RecordingPlayer lang src=src.clone() /> }.into_any(),
                        _ => cell_text(lang, &cell).into_any(),
                    };
                    if i == 0 {
                        view! { <th scope="row">{content}</th> }.into_any()
                    } else {
                        view! {
                            <td>
                                <span class="cell-label" aria-hidden="true">{label} ": "</span>
                                {content}
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, &table.caption)}</caption>
            <thead>
                <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// An accessible player for one of the customer's own call recordings, and a download.
#[component]
fn RecordingPlayer(lang: Lang, src: String) -> impl IntoView {
    view! {
        <audio controls preload="none" src=src.clone()>
            <a href=src.clone()>{t(lang, "data-recording-download")}</a>
        </audio>
        <a href=format!("{src}?lataa=1") download="">
            {t(lang, "data-recording-download")}
        </a>
    }
}
