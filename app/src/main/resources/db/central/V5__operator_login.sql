-- Issue #11: a pushed application names the operator who accepted it (login and name); the name stays in
-- 'clerk', the login is kept here, and a repeat with another operator is a conflict.
ALTER TABLE submission ADD COLUMN operator_login TEXT;
