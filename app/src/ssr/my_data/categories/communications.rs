//! Communications: IP addresses, traffic data and call recordings, each paged by keyset.

use super::*;
use crate::domain::ids::CustomerId;

#[derive(sqlx::FromRow)]
struct IpRow {
    id: i64,
    address: String,
    assigned_from: DateTime<Utc>,
    assigned_to: Option<DateTime<Utc>>,
}

pub(in crate::ssr::my_data) async fn ip_addresses(
    db: &Db,
    customer_id: CustomerId,
    filter: &Filter,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    data.paged = true;
    let Some(k) = time_keyset(db, customer_id, "ip_assignments", "assigned_from", filter).await? else {
        return Ok(());
    };
    let sql = format!(
        "SELECT id, address, assigned_from, assigned_to FROM ip_assignments
         WHERE customer_id = $1{} ORDER BY assigned_from DESC, id DESC LIMIT {}",
        k.page,
        k.limit()
    );
    let rows: Vec<IpRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    data.total = count(db, customer_id, "ip_assignments", &k).await?;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-ip-caption",
        &with_due_column(&["col-ip-address", "col-assigned-from", "col-assigned-to"], due, false),
        rows.into_iter()
            .map(|r| {
                let mut cells = vec![Cell::Text(r.address), Cell::DateTime(r.assigned_from), datetime(r.assigned_to)];
                cells.extend(due_cell(due, r.assigned_to));
                cells
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct TrafficRow {
    id: i64,
    started_at: DateTime<Utc>,
    direction: String,
    kind: String,
    other_party: String,
    duration_seconds: i32,
}

pub(in crate::ssr::my_data) async fn traffic_data(
    db: &Db,
    customer_id: CustomerId,
    filter: &Filter,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    data.paged = true;
    let Some(k) = time_keyset(db, customer_id, "traffic_records", "started_at", filter).await? else {
        return Ok(());
    };
    let sql = format!(
        "SELECT id, started_at, direction, kind, other_party, duration_seconds FROM traffic_records
         WHERE customer_id = $1{} ORDER BY started_at DESC, id DESC LIMIT {}",
        k.page,
        k.limit()
    );
    let rows: Vec<TrafficRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    data.total = count(db, customer_id, "traffic_records", &k).await?;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-traffic-caption",
        &with_due_column(&["col-when", "col-direction", "col-kind", "col-other-party", "col-duration"], due, false),
        rows.into_iter()
            .map(|r| {
                let mut cells = vec![
                    Cell::DateTime(r.started_at),
                    Cell::Code(r.direction),
                    Cell::Code(r.kind),
                    Cell::Text(r.other_party),
                    Cell::Seconds(r.duration_seconds.into()),
                ];
                cells.extend(due_cell(due, Some(r.started_at)));
                cells
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct RecordingRow {
    id: i64,
    recorded_at: DateTime<Utc>,
    direction: String,
    topic: String,
    duration_seconds: i32,
}

pub(in crate::ssr::my_data) async fn call_recordings(
    db: &Db,
    customer_id: CustomerId,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    let rows: Vec<RecordingRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, recorded_at, direction, topic, duration_seconds FROM call_recordings
         WHERE customer_id = $1 ORDER BY recorded_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    data.total = rows.len() as i64;
    data.tables.push(table(
        "data-recordings-caption",
        &with_due_column(&["col-when", "col-direction", "col-topic", "col-duration", "col-recording"], due, true),
        rows.into_iter()
            .map(|r| {
                let mut cells = vec![
                    Cell::DateTime(r.recorded_at),
                    Cell::Code(r.direction),
                    Cell::Text(r.topic),
                    Cell::Seconds(r.duration_seconds.into()),
                ];
                cells.extend(due_cell(due, Some(r.recorded_at)));
                // The player stays the last column.
                cells.push(Cell::Text(format!("{}/{}", crate::paths::RECORDING_PATH, r.id)));
                cells
            })
            .collect(),
    ));
    Ok(())
}
