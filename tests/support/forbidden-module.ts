// The model project of vitest maps React, zustand and zod here, so a model file that imports them fails.
throw new Error('src/model must stay pure: it imported a package that the model may not use.');
