import type { Db } from '../../platform/db/tables.ts';
import { AgencyResultService } from './agency-results.service.ts';
import { BatchService } from './batches.service.ts';
import type { CaseReviewPorts } from './case-review-ports.ts';
import { ResultService } from './results.service.ts';
import { ReviewerService } from './reviewers.service.ts';
import { RubricService } from './rubrics.service.ts';
import { ScoringService } from './scoring.service.ts';

/**
 * Case-file review (案卷评查), one entry for the composition root: rubrics, batches and their draw,
 * reviewers and cross review, scoring, results and the organizer's decisions, and what goes back to
 * the agencies and to assessment.
 */
export class CaseReviewService {
  readonly rubrics: RubricService;
  readonly batches: BatchService;
  readonly reviewers: ReviewerService;
  readonly scoring: ScoringService;
  readonly results: ResultService;
  readonly agency: AgencyResultService;

  constructor(db: Db, ports: CaseReviewPorts) {
    this.rubrics = new RubricService(db, ports.orgs);
    this.batches = new BatchService(db, ports, this.rubrics);
    this.reviewers = new ReviewerService(db, ports, this.batches, this.rubrics);
    this.scoring = new ScoringService(db, ports, this.rubrics);
    this.results = new ResultService(db, ports, this.rubrics);
    this.agency = new AgencyResultService(db, this.rubrics);
  }
}
