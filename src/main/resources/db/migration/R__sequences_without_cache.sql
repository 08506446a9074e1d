-- Run numbers (/runs) and sync run ids come from these sequences. H2 hands out sequence values from
-- a cache of 32 and writes the cache's end to disk: a process that dies (kill -9, power cut, a full
-- disk) makes the next number jump by up to 32. Without a cache every value is written with its
-- transaction; syncs take a handful of numbers each, so the cost is nil.
--
-- A repeatable migration (it runs after the versioned ones, on new and existing databases alike,
-- and again whenever this file changes) rather than a versioned one: versions above this change's
-- number already exist on other branches, and Flyway refuses an older version added later.
-- A sequence added by a later migration belongs in this list too.
ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ NO CACHE;
ALTER SEQUENCE BATCH_JOB_EXECUTION_SEQ NO CACHE;
ALTER SEQUENCE BATCH_STEP_EXECUTION_SEQ NO CACHE;
ALTER SEQUENCE sync_run_seq NO CACHE;
