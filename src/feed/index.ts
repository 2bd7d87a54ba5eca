export { changesOf, InProcessConsultationFeed } from './consultation-feed';
export type { ConsultationChange, ConsultationFeed, ConsultationPublisher } from './consultation-feed';
