/// The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`. A test checks that its paths are
/// exactly the routes the server registers (``APIRoutes/routes``) and that it is a valid OpenAPI document.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Storyline archive API",
            "version": "1.0.0",
            "description": "News archive: articles with their copies, events, storylines, dates, quotes and entities. Every list is paged with limit (1-200, default 20; larger values are clamped) and offset. Errors are JSON: {\"error\": {\"code\", \"message\", \"details\"}}."
          },
          "paths": {
            "/api/articles": {
              "get": {
                "operationId": "listArticles",
                "summary": "List articles, newest first, or matching q",
                "parameters": [
                  {"$ref": "#/components/parameters/q"},
                  {"$ref": "#/components/parameters/from"},
                  {"$ref": "#/components/parameters/to"},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "A page of articles", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticlePage"}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              },
              "post": {
                "operationId": "addArticles",
                "summary": "Add articles (JSON object, array or JSON Lines)",
                "description": "All or nothing: one unusable record rejects the request and nothing is stored. Articles already stored (same id, or same content under another id) are skipped and listed. Each added article reports the event and storyline it joined.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/NewArticle"}, {"type": "array", "items": {"$ref": "#/components/schemas/NewArticle"}}]}},
                    "application/x-ndjson": {"schema": {"type": "string", "description": "JSON Lines: one NewArticle object per line"}}
                  }
                },
                "responses": {
                  "201": {"description": "Some articles were added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                  "200": {"description": "Nothing was added: every article is already stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                  "400": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"},
                  "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"},
                  "503": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/articles/{id}": {
              "get": {
                "operationId": "getArticle",
                "summary": "One article with copies, event, quotes",
                "parameters": [{"$ref": "#/components/parameters/id"}],
                "responses": {
                  "200": {"description": "The article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleDetail"}}}},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/events": {
              "get": {
                "operationId": "listEvents",
                "summary": "List events, newest first",
                "parameters": [
                  {"$ref": "#/components/parameters/from"},
                  {"$ref": "#/components/parameters/to"},
                  {"name": "minArticles", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "A page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventPage"}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/events/{id}": {
              "get": {
                "operationId": "getEvent",
                "summary": "One event with its articles",
                "parameters": [
                  {"$ref": "#/components/parameters/id"},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "The event and a page of its articles, oldest first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventDetail"}}}},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/storylines": {
              "get": {
                "operationId": "listStorylines",
                "summary": "List storylines, most events first",
                "parameters": [
                  {"name": "minEvents", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "A page of storylines", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StorylinePage"}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/storylines/{id}": {
              "get": {
                "operationId": "getStoryline",
                "summary": "One storyline with its events in date order",
                "parameters": [
                  {"$ref": "#/components/parameters/id"},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "The storyline and a page of its events (the timeline)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StorylineDetail"}}}},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/quotes": {
              "get": {
                "operationId": "listQuotes",
                "summary": "List quotes, optionally by speaker",
                "parameters": [
                  {"name": "speaker", "in": "query", "description": "Keep speakers whose name contains this (case-insensitive)", "schema": {"type": "string"}},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "A page of quotes, newest article first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QuotePage"}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/search": {
              "get": {
                "operationId": "search",
                "summary": "Full-text search over articles and quotes",
                "parameters": [
                  {"name": "q", "in": "query", "required": true, "description": "Words, all required; a trailing * matches a prefix", "schema": {"type": "string"}},
                  {"$ref": "#/components/parameters/from"},
                  {"$ref": "#/components/parameters/to"},
                  {"name": "speaker", "in": "query", "schema": {"type": "string"}},
                  {"name": "entity", "in": "query", "schema": {"type": "string"}},
                  {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["article", "quote"]}},
                  {"$ref": "#/components/parameters/limit"},
                  {"$ref": "#/components/parameters/offset"}
                ],
                "responses": {
                  "200": {"description": "A page of hits, best first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchPage"}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/compare": {
              "get": {
                "operationId": "compare",
                "summary": "Two articles side by side: copy verdict, same story",
                "parameters": [
                  {"name": "a", "in": "query", "required": true, "description": "Id of the first article", "schema": {"type": "string"}},
                  {"name": "b", "in": "query", "required": true, "description": "Id of the second article", "schema": {"type": "string"}}
                ],
                "responses": {
                  "200": {"description": "The copy verdict (copy is absent when they are not copies), the aligned sentences and swapped words, and how alike they are as stories", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleComparison"}}}},
                  "400": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/stats": {
              "get": {
                "operationId": "statistics",
                "summary": "Counts of what the archive holds",
                "responses": {
                  "200": {"description": "Counts", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Statistics"}}}}
                }
              }
            },
            "/api/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This API's OpenAPI 3.1 document",
                "responses": {"200": {"description": "This document", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            }
          },
          "components": {
            "parameters": {
              "id": {"name": "id", "in": "path", "required": true, "description": "Percent-encoded id (a / in an id is sent as %2F)", "schema": {"type": "string"}},
              "q": {"name": "q", "in": "query", "description": "Full-text query", "schema": {"type": "string"}},
              "from": {"name": "from", "in": "query", "description": "Earliest day, inclusive", "schema": {"type": "string", "format": "date"}},
              "to": {"name": "to", "in": "query", "description": "Latest day, inclusive", "schema": {"type": "string", "format": "date"}},
              "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 20}},
              "offset": {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}}
            },
            "responses": {
              "Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {
                "type": "object", "required": ["error"],
                "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
                  "code": {"type": "string"}, "message": {"type": "string"}, "details": {"type": "array", "items": {"type": "string"}}}}}
              },
              "Day": {"type": "string", "format": "date"},
              "DateRange": {"type": "object", "required": ["from", "to"], "properties": {"from": {"$ref": "#/components/schemas/Day"}, "to": {"$ref": "#/components/schemas/Day"}}},
              "PageFields": {
                "type": "object", "required": ["total", "limit", "offset", "nextOffset"],
                "properties": {"total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}, "nextOffset": {"type": ["integer", "null"]}}
              },
              "NewArticle": {
                "type": "object", "required": ["text"],
                "properties": {
                  "text": {"type": "string", "minLength": 1}, "id": {"type": "string", "description": "Default: post- and a content hash"},
                  "title": {"type": "string"}, "date": {"type": "string", "description": "YYYY-MM-DD or ISO 8601"},
                  "url": {"type": "string"}, "source": {"type": "string", "description": "Outlet name"}
                }
              },
              "ArticleSummary": {
                "type": "object", "required": ["id", "source", "words"],
                "properties": {
                  "id": {"type": "string"}, "title": {"type": "string"}, "date": {"$ref": "#/components/schemas/Day"},
                  "dateSource": {"type": "string", "enum": ["marker", "field", "html", "text", "inferred"]},
                  "source": {"type": "string"}, "outlet": {"type": "string"}, "url": {"type": "string"},
                  "words": {"type": "integer"}, "event": {"type": "string"}, "storyline": {"type": "string"}
                }
              },
              "CopyReport": {
                "type": "object", "required": ["a", "b", "kind", "score", "explanation"],
                "properties": {
                  "a": {"type": "string"}, "b": {"type": "string"}, "kind": {"type": "string", "enum": ["exact", "near", "partial", "spun"]},
                  "score": {"type": "number"},
                  "explanation": {"type": "object", "properties": {
                    "aligned": {"type": "array", "items": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}, "similarity": {"type": "number"}}}},
                    "swaps": {"type": "array", "items": {"type": "object", "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "count": {"type": "integer"}}}},
                    "coverageA": {"type": "number"}, "coverageB": {"type": "number"}}}
                }
              },
              "StoryComparison": {
                "type": "object", "required": ["cosine", "score", "sharedTerms"],
                "properties": {
                  "cosine": {"type": "number", "description": "Cosine of the two articles' weighted words, 0-1"},
                  "score": {"type": "number", "description": "1 (the same story) to 4 (unrelated), the scale of SemEval-2022 Task 8"},
                  "sharedTerms": {"type": "array", "items": {"type": "string"}, "description": "The shared words that weigh most"}
                }
              },
              "ArticleComparison": {
                "type": "object", "required": ["a", "b", "explanation", "story"],
                "properties": {
                  "a": {"$ref": "#/components/schemas/ArticleSummary"}, "b": {"$ref": "#/components/schemas/ArticleSummary"},
                  "copy": {"$ref": "#/components/schemas/CopyReport"},
                  "explanation": {"type": "object", "properties": {
                    "aligned": {"type": "array", "items": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}, "similarity": {"type": "number"}}}},
                    "swaps": {"type": "array", "items": {"type": "object", "properties": {"from": {"type": "string"}, "to": {"type": "string"}, "count": {"type": "integer"}}}},
                    "coverageA": {"type": "number"}, "coverageB": {"type": "number"}}},
                  "story": {"$ref": "#/components/schemas/StoryComparison"}
                }
              },
              "CopyLink": {
                "type": "object", "required": ["role", "other", "copy"],
                "properties": {"role": {"type": "string", "enum": ["copiedBy", "copyOf"]}, "other": {"$ref": "#/components/schemas/ArticleSummary"}, "copy": {"$ref": "#/components/schemas/CopyReport"}}
              },
              "EventSummary": {
                "type": "object", "required": ["id", "title", "articleCount"],
                "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "date": {"$ref": "#/components/schemas/Day"}, "storyline": {"type": "string"}, "articleCount": {"type": "integer"}}
              },
              "StorylineSummary": {
                "type": "object", "required": ["id", "title", "eventCount", "articleCount"],
                "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "span": {"$ref": "#/components/schemas/DateRange"}, "eventCount": {"type": "integer"}, "articleCount": {"type": "integer"}}
              },
              "Quote": {
                "type": "object", "required": ["text", "sentence", "article"],
                "properties": {"text": {"type": "string"}, "speaker": {"type": "string"}, "verb": {"type": "string"}, "sentence": {"type": "integer"}, "article": {"type": "string"}, "articleTitle": {"type": "string"}, "date": {"$ref": "#/components/schemas/Day"}}
              },
              "EntityMention": {
                "type": "object", "required": ["name", "type", "mentions"],
                "properties": {"name": {"type": "string"}, "type": {"type": "string", "enum": ["person", "place", "organization"]}, "mentions": {"type": "integer"}}
              },
              "ArticleDetail": {
                "type": "object", "required": ["summary", "text", "dateEvidence", "copies", "quotes", "entities"],
                "properties": {
                  "summary": {"$ref": "#/components/schemas/ArticleSummary"}, "text": {"type": "string"},
                  "dateRange": {"$ref": "#/components/schemas/DateRange"}, "dateEvidence": {"type": "array", "items": {"type": "string"}},
                  "copies": {"type": "array", "items": {"$ref": "#/components/schemas/CopyLink"}},
                  "event": {"$ref": "#/components/schemas/EventSummary"}, "storyline": {"$ref": "#/components/schemas/StorylineSummary"},
                  "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
                  "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntityMention"}}
                }
              },
              "SearchHit": {
                "type": "object", "required": ["kind", "article", "score", "snippet"],
                "properties": {
                  "kind": {"type": "string", "enum": ["article", "quote"]}, "article": {"$ref": "#/components/schemas/ArticleSummary"},
                  "score": {"type": "number"}, "speaker": {"type": "string"},
                  "snippet": {"type": "object", "required": ["parts"], "properties": {"parts": {"type": "array", "items": {
                    "type": "object", "required": ["text", "match"], "properties": {"text": {"type": "string"}, "match": {"type": "boolean"}}}}}}
                }
              },
              "ArticlePage": {"allOf": [{"$ref": "#/components/schemas/PageFields"}, {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}}}}]},
              "EventPage": {"allOf": [{"$ref": "#/components/schemas/PageFields"}, {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/EventSummary"}}}}]},
              "StorylinePage": {"allOf": [{"$ref": "#/components/schemas/PageFields"}, {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/StorylineSummary"}}}}]},
              "QuotePage": {"allOf": [{"$ref": "#/components/schemas/PageFields"}, {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}}}}]},
              "SearchPage": {"allOf": [{"$ref": "#/components/schemas/PageFields"}, {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}}}}]},
              "EventDetail": {
                "type": "object", "required": ["summary", "articles"],
                "properties": {"summary": {"$ref": "#/components/schemas/EventSummary"}, "articles": {"$ref": "#/components/schemas/ArticlePage"}, "storyline": {"$ref": "#/components/schemas/StorylineSummary"}}
              },
              "StorylineDetail": {
                "type": "object", "required": ["summary", "events"],
                "properties": {"summary": {"$ref": "#/components/schemas/StorylineSummary"}, "events": {"$ref": "#/components/schemas/EventPage"}}
              },
              "Statistics": {
                "type": "object",
                "properties": {"articles": {"type": "integer"}, "events": {"type": "integer"}, "storylines": {"type": "integer"}, "copies": {"type": "integer"}, "quotes": {"type": "integer"}, "entities": {"type": "integer"}, "batches": {"type": "integer"}}
              },
              "IngestResult": {
                "type": "object", "required": ["added", "skipped", "redated", "warnings", "stateVersion"],
                "properties": {
                  "added": {"type": "array", "items": {"type": "object", "required": ["id", "newEvent", "copies"], "properties": {
                    "id": {"type": "string"}, "title": {"type": "string"}, "date": {"$ref": "#/components/schemas/Day"},
                    "event": {"type": "string"}, "eventTitle": {"type": "string"}, "newEvent": {"type": "boolean"},
                    "storyline": {"type": "string"}, "copies": {"type": "integer"}}}},
                  "skipped": {"type": "array", "items": {"type": "object", "required": ["id", "reason", "existing"], "properties": {
                    "id": {"type": "string"}, "reason": {"type": "string", "enum": ["sameID", "sameContent"]}, "existing": {"type": "string"}}}},
                  "redated": {"type": "array", "description": "stored articles that had no date and were dated by the new ones", "items": {"type": "object", "required": ["id", "date"], "properties": {
                    "id": {"type": "string"}, "date": {"$ref": "#/components/schemas/Day"}}}},
                  "warnings": {"type": "array", "items": {"type": "string"}},
                  "stateVersion": {"type": "integer"}
                }
              }
            }
          }
        }
        """#
}
