-- One row per report day and recipient entry: a report is mailed once a day even when 'run' is
-- repeated (unless forced), and a failed delivery stays visible with its reason.
CREATE TABLE mail_delivery (
  report_date    DATE NOT NULL,
  recipient_key  VARCHAR(4000) NOT NULL,   -- scope and sorted addresses, e.g. 'entity:3 a@x.org,b@x.org'
  status         VARCHAR(10) NOT NULL,     -- SENT or FAILED
  attempts       INT NOT NULL,
  attempted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at        TIMESTAMP WITH TIME ZONE,
  error          VARCHAR(4000),
  PRIMARY KEY (report_date, recipient_key)
);
