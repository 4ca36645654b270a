// Turns the text of one article shard (articles/<n>.json) into its articles' paragraphs, and
// picks one article out, or a DatasetLoadError saying why it cannot. Pure, like parseDataset.
import { articleShardSchema } from '../../dataset/appDataSchema.ts';
import { DatasetLoadError, invalid, parseVersioned } from './parseDataset.ts';

/** Every article's paragraphs in a shard, checked once when the shard arrives. */
export type ShardArticles = Readonly<Record<string, string[]>>;

export function parseShard(text: string): ShardArticles {
  const result = articleShardSchema.safeParse(parseVersioned(text, 'article text file'));
  if (!result.success) {
    throw invalid('The article text file does not match the expected format.', result.error.issues);
  }
  return result.data.articles;
}

/** One article's paragraphs from a parsed shard. */
export function shardArticle(articles: ShardArticles, articleId: string): string[] {
  const paragraphs = Object.hasOwn(articles, articleId) ? articles[articleId] : undefined;
  if (paragraphs === undefined) {
    throw new DatasetLoadError(
      'invalid',
      'The article text file does not hold this article: the data may be from another build.',
      [`no article ${articleId}`],
    );
  }
  return paragraphs;
}

export function parseShardArticle(text: string, articleId: string): string[] {
  return shardArticle(parseShard(text), articleId);
}
