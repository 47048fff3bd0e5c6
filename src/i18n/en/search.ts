import zh from '../zh/search';

export default zh;
