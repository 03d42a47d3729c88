import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('statements', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let member: Contact;
  let supporter: Contact;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    member = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
    supporter = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat, { category: 'supporter' }) });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('are opened by the secretariat only', async () => {
    const created = await secretariat.post<{ id: string; slug: string }>('/api/statements', { title: 'Response to the consultation on DNS abuse' });
    expect(created.status).toBe(201);
    expect(created.body.slug).toMatch(/^response-to-the-consultation-on-dns-abuse-[0-9a-f]{6}$/);
    expect((await member.client.post('/api/statements', { title: 'Mine' })).status).toBe(403);
    expect((await new ApiClient(server.url).post('/api/statements', { title: 'Anonymous' })).status).toBe(401);
    expect((await secretariat.post('/api/statements', { title: '   ' })).status).toBe(400);
    expect((await secretariat.post('/api/statements', { title: 'x'.repeat(1000) })).status).toBe(400);
  });

  it('are readable by every contact, with what they may do', async () => {
    const { id, slug } = await createStatement(secretariat, 'Joint statement on WSIS+20');
    for (const reader of [member, supporter]) {
      const list = await reader.client.get<{ id: string; access: string; stage: string; forkOf: null }[]>('/api/statements');
      expect(list.status).toBe(200);
      expect(list.body.find((statement) => statement.id === id)).toMatchObject({ stage: 'drafting', forkOf: null, access: 'read' });
    }
    const one = await member.client.get('/api/statements/' + id);
    expect(one.body).toMatchObject({ id, slug, title: 'Joint statement on WSIS+20', stage: 'drafting', forkOf: null, drafterIds: [], access: 'read' });
    expect((await secretariat.get<{ access: string }>('/api/statements/' + id)).body.access).toBe('write');
    expect((await member.client.get('/api/statements/no-such-statement')).status).toBe(404);
    expect((await new ApiClient(server.url).get('/api/statements/' + id)).status).toBe(401);
    expect((await new ApiClient(server.url).get('/api/statements')).status).toBe(401);
  });

  it('get drafters from the secretariat, who may then edit and rename', async () => {
    const { id } = await createStatement(secretariat);
    expect((await member.client.patch(`/api/statements/${id}`, { title: 'Renamed by a reader' })).status).toBe(403);
    expect((await member.client.post(`/api/statements/${id}/drafters`, { userId: member.userId })).status).toBe(403);
    expect((await secretariat.post(`/api/statements/${id}/drafters`, { userId: 'no-such-user' })).status).toBe(400);
    expect((await secretariat.post(`/api/statements/${id}/drafters`, {})).status).toBe(400);

    expect((await secretariat.post(`/api/statements/${id}/drafters`, { userId: member.userId })).status).toBe(204);
    const view = await member.client.get<{ access: string; drafterIds: string[] }>(`/api/statements/${id}`);
    expect(view.body.access).toBe('write');
    expect(view.body.drafterIds).toEqual([member.userId]);
    const renamed = await member.client.patch<{ title: string }>(`/api/statements/${id}`, { title: 'A better title' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('A better title');
    expect((await supporter.client.get<{ title: string; access: string }>(`/api/statements/${id}`)).body).toMatchObject({
      title: 'A better title',
      access: 'read',
    });
  });

  it('lists people for choosing drafters to the secretariat only', async () => {
    const people = await secretariat.get<{ id: string; email: string }[]>('/api/users');
    expect(people.status).toBe(200);
    expect(people.body.map((person) => person.id)).toContain(member.userId);
    expect(JSON.stringify(people.body)).not.toMatch(/password/i);
    expect((await member.client.get('/api/users')).status).toBe(403);
  });
});
