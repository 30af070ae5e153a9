-- Strong electronic identification finds the register customer by identity code.
CREATE INDEX customers_identity_code ON customers (identity_code);
