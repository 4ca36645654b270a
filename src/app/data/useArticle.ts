// One article's full text for the reader: its fields from the loaded index, its paragraphs
// from the shard file that holds it (articles/<n>.json, 100 articles each), fetched when the
// article is opened and kept for the session, so neighbours in the same shard open at once.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { shardFile } from '../../dataset/appData.ts';
import type { Article } from '../../dataset/schema.ts';
import { DatasetLoadError } from './parseDataset.ts';
import { parseShard, shardArticle } from './parseShard.ts';
import { DATA_DIR, datasetQuery, fetchDataText } from './useDataset.ts';

function shardQuery(shard: number) {
  const url = `${DATA_DIR}${shardFile(shard)}`;
  return queryOptions({
    queryKey: ['shard', shard],
    staleTime: Infinity,
    retry: false,
    // Parsed and checked once: every article of the shard opens from the result.
    queryFn: async ({ signal }) =>
      parseShard(
        await fetchDataText(
          url,
          signal,
          'article text',
          'The file with this article’s text was not found. It is made by `npm run build:data`.',
        ),
      ),
  });
}

export function useArticle(articleId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['article', articleId],
    enabled: articleId !== null,
    staleTime: Infinity,
    retry: false,
    queryFn: async (): Promise<Article> => {
      const index = await queryClient.query({ ...datasetQuery, staleTime: 'static' });
      const article = articleId === null ? undefined : index.articleById.get(articleId);
      const shard = articleId === null ? undefined : index.shardOf.get(articleId);
      if (!article || shard === undefined) {
        throw new DatasetLoadError('invalid', `No article with id ${String(articleId)}.`);
      }
      const articles = await queryClient.query(shardQuery(shard));
      return { ...article, paragraphs: shardArticle(articles, article.id) };
    },
  });
}
