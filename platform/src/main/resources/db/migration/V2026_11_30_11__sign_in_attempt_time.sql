-- When the latest attempt at an account's password or second factor was counted. A sign-in counts
-- its attempt before checking the secret (see Lockout); this time lets an attempt whose check never
-- finished (the process died meanwhile) stop holding back the next one after a while.
ALTER TABLE app_user ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
