import {
  BenchmarkDraftSchema,
  type ItemDetail,
  ItemDetailSchema,
  ItemDraftSchema,
  VersionPublishSchema,
  VersionReturnSchema,
  VersionWithdrawSchema,
} from '@jiandu/contracts/catalogue';
import type { Subject } from '@jiandu/contracts/catalogue-labels';
import type { Permission } from '@jiandu/contracts/permissions';
import { ProblemSchema } from '@jiandu/contracts/problem';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UserActor } from '../../platform/authz/actor.ts';
import { userOf } from '../../platform/http/guard.ts';
import type { CatalogueService } from './catalogue.service.ts';

const ItemParams = z.object({ id: z.string().min(1) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/**
 * The workflow of an item and of its benchmark: draft, discard, submit, return, publish, withdraw —
 * the same steps under `/:id/…` and `/:id/benchmark/…`, each answered with the item as it now stands.
 */
export function registerItemWorkflowRoutes(app: FastifyInstance, catalogue: CatalogueService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const access = (permission: Permission) => ({ access: { permission } });

  const step = <B extends z.ZodType>(
    method: 'PUT' | 'POST' | 'DELETE',
    path: string,
    permission: Permission,
    summary: string,
    body: B | null,
    run: (actor: UserActor, id: string, body: z.infer<B>) => Promise<ItemDetail>,
  ) =>
    r.route({
      method,
      url: `/:id/${path}`,
      schema: {
        tags: ['catalogue'],
        summary,
        params: ItemParams,
        ...(body ? { body } : {}),
        response: { 200: ItemDetailSchema, ...errors },
      },
      config: access(permission),
      handler: async (request: FastifyRequest) => {
        const actor = userOf(request);
        const { id } = request.params as z.infer<typeof ItemParams>;
        return run(actor, id, request.body as z.infer<B>);
      },
    });

  const label = { item: '执法事项', benchmark: '裁量基准' } as const;
  for (const subject of ['item', 'benchmark'] as Subject[]) {
    const prefix = subject === 'item' ? '' : 'benchmark/';
    const name = label[subject];
    if (subject === 'item')
      step(
        'PUT',
        'draft',
        'item.write',
        '填写或修改执法事项草稿 (已发布的事项生成新版本)',
        ItemDraftSchema,
        (a, id, b) => catalogue.saveItemDraft(a, id, b.content, b.reason),
      );
    else
      step(
        'PUT',
        'benchmark/draft',
        'item.write',
        '填写或修改裁量基准草稿',
        BenchmarkDraftSchema,
        (a, id, b) => catalogue.saveBenchmarkDraft(a, id, b.content, b.reason),
      );
    step('DELETE', `${prefix}draft`, 'item.write', `放弃未提交的${name}草稿`, null, (a, id) =>
      catalogue.discard(a, id, subject),
    );
    step('POST', `${prefix}submit`, 'item.write', `提交${name}, 等待同级司法行政机关审核`, null, (a, id) =>
      catalogue.submit(a, id, subject),
    );
    step('POST', `${prefix}return`, 'item.publish', `退回待审核的${name}`, VersionReturnSchema, (a, id, b) =>
      catalogue.returnToDraft(a, id, subject, b.reason),
    );
    step(
      'POST',
      `${prefix}publish`,
      'item.publish',
      `发布${name} (可指定生效日期)`,
      VersionPublishSchema,
      (a, id, b) => catalogue.publish(a, id, subject, b?.effectiveDate),
    );
    step(
      'POST',
      `${prefix}withdraw`,
      'item.publish',
      `取消已发布的${name}`,
      VersionWithdrawSchema,
      (a, id, b) => catalogue.withdraw(a, id, subject, b),
    );
  }
}
