//! Contracts with their orders, and billing: invoices and collection cases.

use super::*;
use crate::domain::ids::CustomerId;

#[derive(sqlx::FromRow)]
struct ContractRow {
    contract_number: String,
    product: String,
    status: String,
    started_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    service_address: Option<String>,
}

#[derive(sqlx::FromRow)]
struct OrderRow {
    id: i64,
    order_number: String,
    ordered_at: DateTime<Utc>,
    channel: String,
    status: String,
}

#[derive(sqlx::FromRow)]
struct OrderItemRow {
    order_id: i64,
    product: String,
    quantity: i32,
}

pub(in crate::ssr::my_data) async fn contracts(
    db: &Db,
    customer_id: CustomerId,
    lang: Lang,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    // Product names in the customer's language; the column is chosen here, never from input.
    let name = match lang {
        Lang::Fi => "p.name_fi",
        Lang::Sv => "p.name_sv",
        Lang::En => "p.name_en",
    };
    let contracts: Vec<ContractRow> = with_db!(db, pool => sqlx::query_as(&format!(
        "SELECT c.contract_number, {name} AS product, c.status, c.started_on, c.ended_on, c.service_address
         FROM contracts c JOIN products p ON p.id = c.product_id WHERE c.customer_id = $1 ORDER BY c.started_on DESC, c.id DESC",
    )).bind(customer_id).fetch_all(pool).await?);
    let orders: Vec<OrderRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, order_number, ordered_at, channel, status FROM orders WHERE customer_id = $1 ORDER BY ordered_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    let items: Vec<OrderItemRow> = with_db!(db, pool => sqlx::query_as(&format!(
        "SELECT i.order_id, {name} AS product, i.quantity FROM order_items i
         JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id
         WHERE o.customer_id = $1 ORDER BY i.id",
    )).bind(customer_id).fetch_all(pool).await?);
    data.total = (contracts.len() + orders.len()) as i64;
    data.tables.push(table(
        "data-contracts-caption",
        &with_due_column(
            &["col-contract-number", "col-product", "col-status", "col-started", "col-ended", "col-service-address"],
            due,
            false,
        ),
        contracts
            .into_iter()
            .map(|r| {
                let ended = r.ended_on.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc());
                let mut cells = vec![
                    Cell::Text(r.contract_number),
                    Cell::Text(r.product),
                    Cell::Code(r.status),
                    Cell::Date(r.started_on),
                    date(r.ended_on),
                    text(r.service_address),
                ];
                cells.extend(due_cell(due, ended));
                cells
            })
            .collect(),
    ));
    data.tables.push(table(
        "data-orders-caption",
        &["col-order-number", "col-ordered", "col-channel", "col-status", "col-items"],
        orders
            .into_iter()
            .map(|o| {
                let what = items
                    .iter()
                    .filter(|i| i.order_id == o.id)
                    .map(|i| format!("{} × {}", i.quantity, i.product))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    Cell::Text(o.order_number),
                    Cell::DateTime(o.ordered_at),
                    Cell::Code(o.channel),
                    Cell::Code(o.status),
                    text(Some(what)),
                ]
            })
            .collect(),
    ));
    Ok(())
}

#[derive(sqlx::FromRow)]
struct InvoiceRow {
    id: i64,
    invoice_number: String,
    issued_on: NaiveDate,
    due_on: NaiveDate,
    amount_cents: i64,
    currency: String,
    status: String,
    paid_on: Option<NaiveDate>,
}

#[derive(sqlx::FromRow)]
struct CollectionRow {
    agency: String,
    status: String,
    amount_cents: i64,
    currency: String,
    opened_on: NaiveDate,
    closed_on: Option<NaiveDate>,
}

pub(in crate::ssr::my_data) async fn billing(
    db: &Db,
    customer_id: CustomerId,
    filter: &Filter,
    due: Due,
    data: &mut CategoryData,
) -> Found {
    data.paged = true;
    let cursor = match filter.after {
        Some(id) => match with_db!(db, pool => sqlx::query_scalar::<_, NaiveDate>(
            "SELECT issued_on FROM invoices WHERE id = $1 AND customer_id = $2",
        ).bind(id).bind(customer_id).fetch_optional(pool).await?)
        {
            Some(at) => Some((Param::Date(at), id)),
            None => return Ok(()),
        },
        None => None,
    };
    let k = Keyset::new("issued_on", filter.from.map(Param::Date), filter.to.map(Param::Date), true, cursor);
    let sql = format!(
        "SELECT id, invoice_number, issued_on, due_on, amount_cents, currency, status, paid_on FROM invoices
         WHERE customer_id = $1{} ORDER BY issued_on DESC, id DESC LIMIT {}",
        k.page,
        k.limit()
    );
    let rows: Vec<InvoiceRow> = with_db!(db, pool =>
        crate::bind_params!(sqlx::query_as(&sql).bind(customer_id), &k.page_params).bind(PAGE_SIZE + 1).fetch_all(pool).await?);
    data.total = count(db, customer_id, "invoices", &k).await?;
    let (rows, next) = page(rows, |r| r.id);
    data.next_after = next;
    data.tables.push(table(
        "data-invoices-caption",
        &with_due_column(
            &["col-invoice-number", "col-issued", "col-due", "col-amount", "col-status", "col-paid"],
            due,
            false,
        ),
        rows.into_iter()
            .map(|r| {
                let issued = r.issued_on.and_hms_opt(0, 0, 0).map(|d| d.and_utc());
                let mut cells = vec![
                    Cell::Text(r.invoice_number),
                    Cell::Date(r.issued_on),
                    Cell::Date(r.due_on),
                    Cell::Money { cents: r.amount_cents, currency: r.currency },
                    Cell::Code(r.status),
                    date(r.paid_on),
                ];
                cells.extend(due_cell(due, issued));
                cells
            })
            .collect(),
    ));
    if filter.after.is_none() {
        let cases: Vec<CollectionRow> = with_db!(db, pool => sqlx::query_as(
            "SELECT c.agency, c.status, c.amount_cents, c.currency, c.opened_on, c.closed_on FROM collection_cases c
             WHERE c.customer_id = $1 ORDER BY c.opened_on DESC, c.id DESC",
        ).bind(customer_id).fetch_all(pool).await?);
        data.tables.push(table(
            "data-collection-caption",
            &["col-agency", "col-status", "col-amount", "col-opened", "col-closed"],
            cases
                .into_iter()
                .map(|c| {
                    vec![
                        Cell::Text(c.agency),
                        Cell::Code(c.status),
                        Cell::Money { cents: c.amount_cents, currency: c.currency },
                        Cell::Date(c.opened_on),
                        date(c.closed_on),
                    ]
                })
                .collect(),
        ));
    }
    Ok(())
}
