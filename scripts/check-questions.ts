console.log('check:questions: not written yet')
