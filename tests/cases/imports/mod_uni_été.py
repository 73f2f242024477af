NAME = 'unicode module name'
