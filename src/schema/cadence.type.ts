import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from './date.scalar';

export enum ExpectedFrom {
  PLANNED_DATE = 'PLANNED_DATE',
  MEDIAN_INTERVAL = 'MEDIAN_INTERVAL',
}
registerEnumType(ExpectedFrom, {
  name: 'ExpectedFrom',
  description: 'What gave the expected date of the next round.',
  valuesConfig: {
    PLANNED_DATE: { description: 'A source announces a planned round for that date.' },
    MEDIAN_INTERVAL: { description: 'The latest held round plus the median interval between held rounds.' },
  },
});

@ObjectType({
  description:
    "A series' rhythm. Intervals run between consecutive HELD events dated to the day (events known only to the month or " +
    'year are left out). The next round is expected on an announced PLANNED date when one is recorded (the earliest not ' +
    'ending before the latest held round), else on the latest held date plus the median interval. The series is overdue ' +
    "when asOf is past the expected date (its last day, for a reduced date) by more than its usual spread: the median " +
    'absolute deviation of its intervals scaled to a standard deviation (×1.4826), and never less than 30 days.',
})
export class Cadence {
  @Field(() => [Int], { description: 'Days between consecutive held, dated events, oldest first.' })
  intervalsDays!: number[];

  @Field(() => Int, { nullable: true, description: 'Median of intervalsDays, rounded to a day; null with fewer than two held, dated events.' })
  medianIntervalDays!: number | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Latest held date + median interval; an announced PLANNED date wins. Null when nothing allows expecting one.' })
  expectedNextDate!: string | null;

  @Field({ description: 'asOf is past expectedNextDate by more than toleranceDays (the series’ usual spread, at least 30 days).' })
  overdue!: boolean;

  @Field(() => ExpectedFrom, { nullable: true, description: 'What gave expectedNextDate.' })
  expectedFrom!: ExpectedFrom | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'The latest held event dated to the day: the series has been quiet since then.' })
  lastHeldDate!: string | null;

  @Field(() => Int, { description: 'How many days past expectedNextDate still count as on time: max(30, 1.4826 × median absolute deviation of the intervals).' })
  toleranceDays!: number;

  @Field(() => Int, { nullable: true, description: 'Days from expectedNextDate to asOf when overdue; null otherwise.' })
  daysOverdue!: number | null;

  @Field(() => PartialDateScalar, { description: 'The day the series is judged on (a reduced date means its last day; today, UTC, by default).' })
  asOf!: string;
}
