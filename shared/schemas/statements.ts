import { z } from 'zod';

export const statementTitleSchema = z.string().trim().min(1).max(300);

export const createStatementInput = z.strictObject({ title: statementTitleSchema });

export const updateStatementInput = z.strictObject({ title: statementTitleSchema });

export const addDrafterInput = z.strictObject({ userId: z.string().min(1).max(64) });
