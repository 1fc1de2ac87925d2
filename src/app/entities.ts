import { Assessment } from '../assessments/assessment.entity';
import { CareCase } from '../cases/case.entity';
import { Client } from '../clients/client.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { Involvement } from '../involvements/involvement.entity';
import { Placement } from '../placements/placement.entity';
import { SupportPlan } from '../plans/support-plan.entity';
import { Agency } from '../reference/agency.entity';
import { Municipality } from '../reference/municipality.entity';
import { Region } from '../reference/region.entity';
import { StaffMember } from '../reference/staff-member.entity';

export const ENTITIES = [
  Region, Municipality, Agency, StaffMember, Client, CareCase, Involvement, Assessment, SupportPlan, FollowUp, Placement,
];
