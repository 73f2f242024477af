TEXT = 'é'
