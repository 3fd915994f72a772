-- The rank the deliberation gives a laureate within its prize (or a mention among the mentions): the
-- order of the public list, the exports and the ceremony, whatever the order the decisions were taken in.
ALTER TABLE decision ADD COLUMN rank INTEGER CHECK (rank BETWEEN 1 AND 100);
ALTER TABLE decision ADD CONSTRAINT decision_rank_only_for_winners CHECK (rank IS NULL OR outcome <> 'NOT_SELECTED');
