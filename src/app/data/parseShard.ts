// Turns the text of one article shard (articles/<n>.json) into the paragraphs of one article,
// or a DatasetLoadError saying why it cannot. Pure, like parseDataset.
import { articleShardSchema } from '../../dataset/appDataSchema.ts';
import { DatasetLoadError, invalid, parseVersioned } from './parseDataset.ts';

export function parseShardArticle(text: string, articleId: string): string[] {
  const result = articleShardSchema.safeParse(parseVersioned(text, 'article text file'));
  if (!result.success) {
    throw invalid('The article text file does not match the expected format.', result.error.issues);
  }
  const paragraphs = Object.hasOwn(result.data.articles, articleId)
    ? result.data.articles[articleId]
    : undefined;
  if (paragraphs === undefined) {
    throw new DatasetLoadError(
      'invalid',
      'The article text file does not hold this article: the data may be from another build.',
      [`no article ${articleId}`],
    );
  }
  return paragraphs;
}
