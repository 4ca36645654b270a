// One article's full text for the reader. Today it comes out of the loaded dataset; when the
// dataset is split, this query fetches the article's own file and nothing else changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Article } from '../../dataset/schema.ts';
import { datasetQuery } from './useDataset.ts';

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
      if (!article) throw new Error(`No article with id ${String(articleId)} in the dataset.`);
      return article;
    },
  });
}
