-- Why a registration's fee was waived: staff give a reason, kept with the registration (and in the audit trail).
ALTER TABLE registration ADD COLUMN fee_waived_reason VARCHAR(1000);

-- Who sent a membership application, to call back about it (the date it was received is applied_on).
ALTER TABLE organization ADD COLUMN application_contact_name VARCHAR(200);
ALTER TABLE organization ADD COLUMN application_contact_email VARCHAR(254);
