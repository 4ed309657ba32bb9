-- Why a registration's fee was waived: staff give a reason, kept with the registration (and in the audit trail).
ALTER TABLE registration ADD COLUMN fee_waived_reason VARCHAR(1000);
