TEXT = 'bom é'
