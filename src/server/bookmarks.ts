import { ApolloServerPlugin } from '@apollo/server';
import express from 'express';
import { BadUserInputError } from '../errors';
import { RequestBookmarks } from '../graph';
import { RequestContext } from '../resolvers';

/** The header a mutation's answer carries and the client sends back on its next request. */
export const BOOKMARK_HEADER = 'X-Bookmark';

/**
 * Reads the client's bookmarks into `res.locals.bookmarks`; a malformed header is refused with
 * 400 BAD_USER_INPUT before anything runs.
 */
export const readBookmarks: express.RequestHandler = (req, res, next) => {
  try {
    res.locals.bookmarks = RequestBookmarks.fromHeader(req.get(BOOKMARK_HEADER));
    next();
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
};

/**
 * Hands back the bookmarks of everything the request committed or read, so a client behind a
 * load balancer reads its own writes on whichever API replica and cluster member it reaches next.
 */
export function bookmarkPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const header = await contextValue.graph.bookmarks?.header();
          if (header) response.http.headers.set(BOOKMARK_HEADER.toLowerCase(), header);
        },
      };
    },
  };
}
