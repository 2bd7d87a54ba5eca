export { changesOf, DELETIONS, InProcessConsultationFeed, LIVE_CHANGES } from './consultation-feed';
export type { ChangeKind, ConsultationChange, ConsultationFeed, ConsultationPublisher } from './consultation-feed';
